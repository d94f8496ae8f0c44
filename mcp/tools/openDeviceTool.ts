/**
 * `open_device`: starts a session on a phone and returns its id and first
 * screen. "virtual" opens the virtual Android phone on this server's own
 * Appium server (one server, one session per phone); a URL joins a running
 * Appium server; a udid drives an attached phone with UiAutomator2.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { openDevice, type OpenDeviceOptions } from '../../drivers/device/index.ts';
import { parseFaultProfile } from '../../drivers/virtual-android/src/phone/faults/FaultProfile.ts';
import { describeScreen } from '../describeScreen.ts';
import { McpToolError } from '../McpToolError.ts';
import { answer } from '../toolResult.ts';
import type { ToolContext } from '../ToolContext.ts';

const input = {
  device: z
    .string()
    .default('virtual')
    .describe('"virtual" (default), an Appium server URL (http://host:4723), or an attached phone\'s udid'),
  seed: z.number().int().min(0).optional().describe('Virtual phone: the seed of its content (default 1)'),
  faults: z
    .string()
    .optional()
    .describe('Virtual phone: fault profile none (default), light, heavy, or a JSON object of rates'),
  driver: z
    .enum(['virtual', 'uiautomator2'])
    .optional()
    .describe('With a URL: the Appium driver to ask for (default virtual)'),
};

function checkFaults(faults: string | undefined): void {
  if (faults === undefined) return;
  try {
    parseFaultProfile(faults);
  } catch (error) {
    throw new McpToolError(`faults "${faults}": ${(error as Error).message}`);
  }
}

export function registerOpenDeviceTool(mcp: McpServer, ctx: ToolContext): void {
  mcp.registerTool(
    'open_device',
    {
      title: 'Open a device',
      description:
        'Opens a phone and returns its id (pass it as "device" to the other tools), its Appium session, and its first screen with the FSM state.',
      inputSchema: input,
    },
    (args) =>
      answer(async () => {
        checkFaults(args.faults);
        const virtual = args.device === 'virtual';
        const isUrl = /^https?:\/\//.test(args.device);
        const options: OpenDeviceOptions = {
          device: virtual ? await ctx.server.appiumUrl() : args.device,
          ...(virtual || isUrl ? { driver: virtual ? 'virtual' : (args.driver ?? 'virtual') } : {}),
          ...(args.seed !== undefined ? { seed: args.seed } : {}),
          ...(args.faults !== undefined ? { faults: args.faults } : {}),
        };
        const opened = await openDevice(options).catch((error: unknown) => {
          throw new McpToolError(
            `could not open ${args.device}: ${(error as Error).message}. Check the URL or udid (devices lists them), or run "maple doctor".`,
          );
        });
        const session = ctx.devices.add(opened, {
          device: args.device,
          ...(args.seed !== undefined ? { seed: args.seed } : {}),
          ...(args.faults !== undefined ? { faults: args.faults } : {}),
        });
        const seen = await session.observe();
        return {
          device: session.id,
          description: opened.device.description,
          appium: opened.url,
          ...(session.sessionId ? { sessionId: session.sessionId } : {}),
          ...describeScreen(seen, session.tracker),
        };
      }),
  );
}
