/** The MCP server: MAPLE's phones, FSM memory and agent as tools and resources for any MCP client. */
export { ServerContext, type ServerContextOptions } from './ServerContext.ts';
export { createMcpServer, MCP_SERVER_NAME, type SessionServer } from './createMcpServer.ts';
export { serveStdio } from './serveStdio.ts';
export { serveHttp, MCP_PATH, type HttpServerHandle } from './serveHttp.ts';
export { McpToolError } from './McpToolError.ts';
