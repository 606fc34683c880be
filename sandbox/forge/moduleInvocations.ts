import type { InvocationOutcome, Invoker } from './invoke.js';
import {
  backendContext,
  consumerResolverEvent,
  productEvent,
  resolverEvent,
  scheduledEvent,
  webtriggerEvent,
  type ResolverCall,
  type WebtriggerRequest,
  type WebtriggerResponse,
} from './invoke/eventPayloads.js';
import type { InstallationInfo } from './invoke/runtimeGlobal.js';
import type { ConsumerDecl, ForgeManifest } from './manifest.js';
import type { AsyncEvent } from './queue/asyncEvent.js';

/**
 * How the platform calls each kind of module: which function, with which event and context,
 * as whom, and under which time limit.
 */
export class ModuleInvocations {
  constructor(
    private readonly manifest: ForgeManifest,
    private readonly info: InstallationInfo,
    private readonly invoker: Invoker,
  ) {}

  /** A Custom UI `invoke()`: runs the module's resolver function as the given user. */
  async resolver(call: ResolverCall): Promise<unknown> {
    const module = this.manifest.uiModules.get(call.moduleKey);
    if (!module?.resolverFunction) throw new Error(`Module '${call.moduleKey}' has no resolver in manifest.yml`);
    const outcome = await this.invoker.invoke(
      module.resolverFunction,
      [resolverEvent(this.info, module.type, call), backendContext(this.info, call.accountId)],
      { kind: 'resolver', moduleKey: call.moduleKey, accountId: call.accountId },
    );
    if (!outcome.ok) throw Object.assign(outcome.error ?? new Error('Resolver failed'), { invocationId: outcome.invocationId });
    return outcome.value;
  }

  /** Invokes every `trigger` module subscribed to `event.eventType`. */
  productEvent(event: { eventType: string } & Record<string, unknown>): Promise<InvocationOutcome[]> {
    const subscribed = this.manifest.triggers.filter((t) =>
      t.events.some((e) => (typeof e === 'string' ? e : e.eventType) === event.eventType),
    );
    return Promise.all(
      subscribed.map((t) =>
        this.invoker.invoke(t.function, [productEvent(this.info, t.key, event), backendContext(this.info)], {
          kind: 'trigger',
          moduleKey: t.key,
        }),
      ),
    );
  }

  scheduled(moduleKey: string): Promise<InvocationOutcome> {
    const trigger = this.manifest.scheduledTriggers.find((t) => t.key === moduleKey);
    if (!trigger) return Promise.reject(new Error(`No scheduledTrigger '${moduleKey}' in manifest.yml`));
    return this.invoker.invoke(trigger.function, [scheduledEvent(this.info, trigger.key), backendContext(this.info)], {
      kind: 'scheduledTrigger',
      moduleKey,
    });
  }

  /** Errors become a 500 and a missing response a 204, so a caller always gets an HTTP answer. */
  async webtrigger(moduleKey: string, request: WebtriggerRequest): Promise<WebtriggerResponse> {
    const trigger = this.manifest.webtriggers.find((w) => w.key === moduleKey);
    if (!trigger) return { statusCode: 404, body: JSON.stringify({ message: `No webtrigger '${moduleKey}'` }) };
    const outcome = await this.invoker.invoke(
      trigger.function,
      [webtriggerEvent(this.info, moduleKey, request), backendContext(this.info)],
      { kind: 'webtrigger', moduleKey },
    );
    if (!outcome.ok) return { statusCode: 500, body: JSON.stringify({ message: outcome.error?.message ?? 'Function failed' }) };
    const res = (outcome.value ?? {}) as Partial<WebtriggerResponse>;
    return {
      statusCode: res.statusCode ?? 204,
      ...(res.headers ? { headers: res.headers } : {}),
      ...(res.body !== undefined ? { body: res.body } : {}),
    };
  }

  /** Resolver-style consumers get the event as the call payload; function-style ones get it directly. */
  consumer(consumer: ConsumerDecl, event: AsyncEvent): Promise<InvocationOutcome> {
    const options = { kind: 'consumer' as const, moduleKey: consumer.key };
    if (consumer.resolver) {
      const args = [consumerResolverEvent(consumer.resolver.method, event), backendContext(this.info)];
      return this.invoker.invoke(consumer.resolver.function, args, options);
    }
    return this.invoker.invoke(consumer.function ?? '', [event, backendContext(this.info)], options);
  }
}
