/** The read-only context a screen or dialog renders from (RenderCtx). */
import { formatClock } from '../framework/time.ts';
import type { JsonObject, RecentTask, RenderCtx } from '../framework/types.ts';
import { topEntry } from './backStack.ts';
import type { Phone } from './Phone.ts';

export function renderCtx(
  phone: Phone,
  pkg: string,
  scope: { params: JsonObject; local: JsonObject },
): RenderCtx<unknown> {
  return {
    state: phone.state.apps[pkg],
    params: scope.params,
    local: scope.local,
    device: phone.deviceInfo(),
    apps: phone.installed(),
    recents: recentTasks(phone),
    pkg,
    time: (ms) => formatClock(ms ?? phone.state.clock),
  };
}

/** Running tasks as the launcher's recents screen shows them, most recent first. */
function recentTasks(phone: Phone): RecentTask[] {
  return phone.state.tasks.map((t) => {
    const app = phone.app(t.package);
    return { package: t.package, label: app.label, title: topEntry(t).screen };
  });
}
