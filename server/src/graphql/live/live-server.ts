// graphql-ws on /graphql: authentication on connection_init (4401), authorisation per operation
// (4403), and every subscription through the multiplexer. Parsing and validation are cached per
// document, since thousands of subscribers usually send the same few.
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type DocumentNode, type ExecutionArgs, type GraphQLSchema, type ValidationRule } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { LRUCache } from 'lru-cache';
import type { IncomingMessage } from 'node:http';
import type { WebSocket, WebSocketServer } from 'ws';
import type { GraphQLContext } from '../context.js';
import type { Viewer } from '../../security/viewer.js';
import { SubscriptionMultiplexer } from './subscription-multiplexer.js';

/** WebSocket close code 1012: the server restarts, clients should reconnect. */
export const SERVICE_RESTART = 1012;

/** Root fields whose every message is a whole state rather than an event. */
const STATEFUL_ROOT_FIELDS = new Set(['dashboard']);

interface LiveContext extends GraphQLContext {
  live: { socket: WebSocket; operationId: string; groupKey: string };
}

export interface LiveServerOptions {
  schema: GraphQLSchema;
  wsServer: WebSocketServer;
  /** The viewer of a connection_init payload; throws GraphQLError UNAUTHENTICATED for a bad token. */
  authenticate: (connectionParams: Record<string, unknown> | undefined) => Promise<Viewer>;
  contextFor: (viewer: Viewer) => GraphQLContext;
  onError: (message: string, e: unknown) => void;
  /** Validation rules beyond graphql's own (the query limits), as for HTTP. */
  validationRules?: readonly ValidationRule[];
  /** A subscribe message's refusal (rate limit, variable sizes, trusted documents), or null. */
  checkSubscribe?: (payload: { query: string; variables?: Record<string, unknown> | null; extensions?: Record<string, unknown> | null }, viewer: Viewer, request: IncomingMessage) => Promise<GraphQLError | null>;
}

export function startLiveServer(opts: LiveServerOptions) {
  const multiplexer = new SubscriptionMultiplexer(opts.onError);
  const documents = new LRUCache<string, { document: DocumentNode } | { errors: readonly GraphQLError[] }>({ max: 500 });

  const rules = [...specifiedRules, ...(opts.validationRules ?? [])];
  const server = useServer<Record<string, unknown> | undefined, { viewer?: Viewer }>(
    {
      schema: opts.schema,
      onConnect: async (ctx) => {
        try {
          ctx.extra.viewer = await opts.authenticate(ctx.connectionParams);
          return true;
        } catch (e) {
          if (!(e instanceof GraphQLError) || e.extensions.code !== 'UNAUTHENTICATED') throw e;
          ctx.extra.socket.close(CloseCode.Unauthorized, `Unauthorized: ${e.message}`.slice(0, 120));
          return false;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        const refused = await opts.checkSubscribe?.(payload, ctx.extra.viewer!, ctx.extra.request);
        if (refused) return [refused];
        let parsed = documents.get(payload.query);
        if (!parsed) {
          try {
            const document = parse(payload.query);
            const errors = validate(opts.schema, document, rules);
            parsed = errors.length > 0 ? { errors } : { document };
          } catch (e) {
            parsed = { errors: [e instanceof GraphQLError ? e : new GraphQLError(String(e))] };
          }
          documents.set(payload.query, parsed);
        }
        if ('errors' in parsed) return [...parsed.errors];
        return { schema: opts.schema, document: parsed.document, operationName: payload.operationName, variableValues: payload.variables };
      },
      context: (ctx, id, payload): LiveContext => {
        const viewer = ctx.extra.viewer!;
        const groupKey = [viewer.tenantId, viewer.role, payload.operationName ?? '', JSON.stringify(payload.variables ?? {}), payload.query].join('\u0000');
        return { ...opts.contextFor(viewer), live: { socket: ctx.extra.socket, operationId: id, groupKey } };
      },
      subscribe: async (args: ExecutionArgs) => {
        const live = (args.contextValue as LiveContext).live;
        const result = await multiplexer.join({ key: live.groupKey, stateful: isStateful(args) }, args, live.socket, live.operationId);
        if ('errors' in result && result.errors?.some((e) => e.extensions?.code === 'FORBIDDEN')) {
          const message = result.errors.find((e) => e.extensions?.code === 'FORBIDDEN')!.message;
          live.socket.close(CloseCode.Forbidden, `Forbidden: ${message}`.slice(0, 120));
        }
        return result;
      },
    },
    opts.wsServer,
  );

  return {
    multiplexer,
    async dispose() {
      // 1012 Service Restart before anything completes: graphql-ws clients reconnect on it (to
      // this replica once restarted, or another) and resubscribe; a "complete" sent first would
      // end their subscriptions for good.
      for (const socket of opts.wsServer.clients) socket.close(SERVICE_RESTART, 'server restarting; reconnect');
      await multiplexer.close();
      await server.dispose();
    },
  };
}

function isStateful(args: ExecutionArgs): boolean {
  const op = getOperationAST(args.document, args.operationName);
  const fields = op?.selectionSet.selections ?? [];
  return fields.length > 0 && fields.every((f) => f.kind === 'Field' && STATEFUL_ROOT_FIELDS.has(f.name.value));
}
