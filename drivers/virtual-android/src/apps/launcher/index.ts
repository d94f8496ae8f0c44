/**
 * The home screen (com.android.launcher3): a grid of icons with labels for
 * every installed app, and the recents screen (Overview) listing tasks.
 */
import { defineApp, type View } from '../../framework/types.ts';
import { button, column, emptyState, row, screen, text } from '../../framework/widgets.ts';

type LauncherState = Record<string, never>;

export default defineApp<LauncherState>({
  id: 'launcher',
  package: 'com.android.launcher3',
  label: 'Launcher',
  icon: 'L',
  launchActivity: '.Launcher',
  home: 'home',
  hidden: true,
  initialState: () => ({}),
  screens: {
    home: {
      render: (r) => {
        const icons: View<LauncherState>[] = r.apps.map((app) => ({
          cls: 'android.widget.TextView',
          id: 'icon',
          key: `app/${app.package}`,
          text: app.label,
          desc: app.label,
          w: 270,
          h: 300,
          clickable: true,
          focusable: true,
          longClickable: true,
          onTap: (a) => a.system.launch(app.package),
          style: { align: 'center', size: 32 },
        }));
        const rows: View<LauncherState>[] = [];
        for (let i = 0; i < icons.length; i += 4)
          rows.push(
            row(
              { h: 300 },
              icons.slice(i, i + 4).map((v) => ({ ...v })),
            ),
          );
        return screen(
          [
            text<LauncherState>(r.time(), { id: 'clock_widget', h: 220, style: { size: 120, align: 'center' } }),
            { cls: 'android.view.View', grow: 1 },
            column<LauncherState>({ cls: 'android.view.ViewGroup', id: 'workspace', pad: [0, 0, 120, 0] }, rows),
          ],
          { cls: 'android.widget.FrameLayout', id: 'launcher' },
        );
      },
    },
    recents: {
      activity: 'com.android.quickstep.RecentsActivity',
      render: (r) => {
        const cards: View<LauncherState>[] = r.recents.map((t) => ({
          cls: 'android.widget.FrameLayout',
          id: 'snapshot',
          key: `task/${t.package}`,
          desc: t.label,
          h: 300,
          dir: 'row',
          pad: [20, 60, 20, 60],
          clickable: true,
          focusable: true,
          onTap: (a) => a.system.launch(t.package),
          style: { bg: '#e8eaed', radius: 30 },
          children: [
            text<LauncherState>(t.label, { id: 'title', grow: 1, h: undefined, style: { size: 40, bold: true } }),
            {
              cls: 'android.widget.ImageButton',
              id: 'dismiss_task',
              desc: `Dismiss ${t.label}`,
              w: 144,
              clickable: true,
              focusable: true,
              onTap: (a) => a.system.removeTask(t.package),
            },
          ],
        }));
        return screen(
          [
            text<LauncherState>('Recent apps', {
              id: 'overview_title',
              h: 160,
              heading: true,
              pad: [0, 0, 0, 60],
              style: { size: 44 },
            }),
            cards.length
              ? column<LauncherState>(
                  {
                    cls: 'androidx.recyclerview.widget.RecyclerView',
                    id: 'overview_panel',
                    grow: 1,
                    gap: 40,
                    pad: [40, 60, 0, 60],
                    scrollKey: 'recents',
                  },
                  cards,
                )
              : emptyState<LauncherState>('No recent items', 'empty_recents'),
            row<LauncherState>({ h: 200, pad: [30, 300, 30, 300] }, [
              button<LauncherState>('Clear all', (a) => a.system.clearRecents(), { id: 'clear_all', h: undefined }),
            ]),
          ],
          { cls: 'android.widget.FrameLayout', id: 'overview' },
        );
      },
    },
  },
});
