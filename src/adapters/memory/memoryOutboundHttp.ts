import type { OutboundHttp, OutboundRequest, OutboundResponse } from '../../ports/outboundHttp.js';

type Responder = (request: OutboundRequest) => OutboundResponse | Error;

/**
 * Records every request and answers 200 unless a test sets `respond`. A responder returning an
 * Error makes `send` reject, as a network failure or a refused egress host would.
 */
export class MemoryOutboundHttp implements OutboundHttp {
  readonly sent: OutboundRequest[] = [];
  respond: Responder = () => ({ status: 200, retryAfterSeconds: null, bodyExcerpt: 'ok' });

  async send(request: OutboundRequest): Promise<OutboundResponse> {
    this.sent.push(request);
    const answer = this.respond(request);
    if (answer instanceof Error) throw answer;
    return answer;
  }
}
