import { IncomingMessage, Server, type ServerResponse } from "node:http";
import { forbiddenMethodResponse, isForbiddenMethod } from "./forbidden-methods";
import { freshSecurityHeaders } from "./security-headers";

let installed = false;

/**
 * Answers TRACE before Next sees it (see forbidden-methods.ts for why no proxy or route
 * can). Called once from instrumentation.ts, which Next runs in the server process before it serves;
 * every other request goes on to Next unchanged.
 */
export function guardForbiddenMethods(): void {
  if (installed) return;
  installed = true;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function guardedEmit(this: Server, event: string | symbol, ...args: unknown[]): boolean {
    const [request, response] = args;
    if (event === "request" && request instanceof IncomingMessage && isForbiddenMethod(request.method)) {
      const answer = forbiddenMethodResponse(request.method ?? "", freshSecurityHeaders());
      (response as ServerResponse).writeHead(answer.status, answer.headers).end(answer.body);
      return true;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
