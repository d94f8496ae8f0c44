/** The model layer's public face: one interface, its implementations, structured output. */
export type {
  ContentPart,
  ImagePart,
  JsonSchemaObject,
  ModelClient,
  ModelMessage,
  ModelRequest,
  ModelResult,
  RequestMetadata,
  StopReason,
  SystemPrompt,
  TextPart,
  ToolCall,
  ToolChoice,
  ToolDefinition,
  ToolResultPart,
  ToolUsePart,
  Usage,
} from './types.ts';
export { AnthropicModel, DEFAULT_ANTHROPIC_MODEL } from './AnthropicModel.ts';
export type { AnthropicModelOptions } from './AnthropicModel.ts';
export { ReplayModel } from './ReplayModel.ts';
export { RecordingModel } from './RecordingModel.ts';
export type { RecordingOptions } from './RecordingModel.ts';
export { ExecModel } from './ExecModel.ts';
export type { ExecModelOptions } from './ExecModel.ts';
export { ScriptedModel } from './ScriptedModel.ts';
export type { Script, ScriptedReply, ScriptedModelOptions } from './ScriptedModel.ts';
export { OFFLINE_MODEL, isOfflineModel } from './OfflineModel.ts';
export type { OfflineModel } from './OfflineModel.ts';
export { createModel } from './createModel.ts';
export type { CreateModelOptions, ModelSelection } from './createModel.ts';
export { structuredCall, toolSpec } from './structuredCall.ts';
export type {
  ParseOutcome,
  StructuredOptions,
  StructuredRequest,
  StructuredResult,
  StructuredSpec,
} from './structuredCall.ts';
export {
  CassetteError,
  CassetteMissError,
  ExecModelError,
  MissingApiKeyError,
  ModelApiError,
  ModelOutputError,
  ModelSpecError,
  ModelTimeoutOptionError,
  ScriptExhaustedError,
} from './errors.ts';
export { DEFAULT_EXEC_TIMEOUT_MS, modelTimeoutOptions, runsExecModel } from './modelTimeout.ts';
export { assistantMessage, imagePart, textPart, toolResultPart } from './parts.ts';
export { estimateCostUsd, priceFor, PRICE_TABLE } from './pricing.ts';
export { addUsage, totalInputTokens, ZERO_USAGE } from './usage.ts';
export {
  CHARS_PER_TOKEN,
  estimateRequestTokens,
  imageTokens,
  imageTokensForSize,
  pngSize,
  textTokens,
} from './estimateTokens.ts';
export type { RequestTokens } from './estimateTokens.ts';
export { INPUT_PARTS } from './inputParts.ts';
export type { InputPart, InputPartTokens } from './inputParts.ts';
export { DEFAULT_RETRY_POLICY } from './retry.ts';
export type { RetryPolicy } from './retry.ts';
export { requestHash, normaliseRequest } from './requestHash.ts';
export { redactSecrets } from './redactSecrets.ts';
export { toMessagesBody, fromMessagesResponse, checkMessagesResponse } from './messagesApi.ts';
export type { CheckOptions, MessagesRequestBody, MessagesResponse } from './messagesApi.ts';
