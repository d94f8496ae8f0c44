/**
 * `devices`: what can be driven. The phones this session has open, the
 * virtual phone (always available), this server's Appium server when one
 * runs, and the phones adb sees attached (when adb is installed).
 */
import { execFile } from 'node:child_process';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { answer } from '../toolResult.ts';
import type { ToolContext } from '../ToolContext.ts';

function adbDevices(): Promise<string[]> {
  return new Promise((resolve) => {
    execFile('adb', ['devices'], { timeout: 5_000 }, (error, stdout) => {
      if (error) return resolve([]);
      resolve(
        stdout
          .split('\n')
          .slice(1)
          .map((l) => l.trim().split(/\s+/))
          .filter((p) => p[1] === 'device')
          .map((p) => p[0]!),
      );
    });
  });
}

export function registerDevicesTool(mcp: McpServer, ctx: ToolContext): void {
  mcp.registerTool(
    'devices',
    {
      title: 'Devices',
      description:
        'Lists the phones open in this session and what open_device can open: "virtual" (the built-in virtual Android phone), an Appium server URL, or the udid of an attached phone.',
      annotations: { readOnlyHint: true },
    },
    () =>
      answer(async () => {
        const appium = await ctx.server.runningAppiumUrl();
        return {
          open: ctx.devices.list().map((d) => ({
            id: d.id,
            description: d.opened.device.description,
            appium: d.opened.url,
            ...(d.sessionId ? { sessionId: d.sessionId } : {}),
            ...(d.seen?.observed ? { state: d.seen.observed.state.name, app: d.seen.observed.app } : {}),
          })),
          available: [
            { device: 'virtual', about: 'the virtual Android phone (seed and faults optional)' },
            ...(appium ? [{ device: appium, about: "this server's Appium server" }] : []),
            ...(await adbDevices()).map((udid) => ({ device: udid, about: 'attached phone (adb), UiAutomator2' })),
          ],
        };
      }),
  );
}
