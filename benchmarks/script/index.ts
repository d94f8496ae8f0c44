/** Reference solutions: running an ActionScript through the Device interface. */
export {
  runActionScript,
  scriptTargetToDeviceTarget,
  xpathLiteral,
  ActionScriptError,
  type ScriptRunResult,
} from './runActionScript.ts';
