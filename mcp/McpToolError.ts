/**
 * A tool call the server cannot carry out as asked: the message names what
 * was wrong and what to do instead. The server answers it as an MCP tool
 * error (isError: true), so the client's model reads it and the server goes
 * on serving.
 */
export class McpToolError extends Error {
  override name = 'McpToolError';
}
