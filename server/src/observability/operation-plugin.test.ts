import { describe, expect, it } from 'vitest';
import type { GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import type { GraphQLContext } from '../graphql/context.js';
import { AppMetrics } from './metrics.js';
import { operationObservabilityPlugin } from './operation-plugin.js';

type Entry = { level: string; msg: string; fields: any };

function capture() {
  const entries: Entry[] = [];
  const at = (level: string) => (msg: string, fields?: unknown) => entries.push({ level, msg, fields });
  return { entries, log: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } };
}

/** Runs one operation's hooks as Apollo would, ending with a response carrying `errorCodes`. */
async function run(plugin: ReturnType<typeof operationObservabilityPlugin>, errorCodes: (string | undefined)[]) {
  const rc = {
    request: { operationName: 'Decide', variables: { income: 123456, name: 'Asha Rao' }, http: { headers: new Map() } },
    operationName: 'Decide',
    operation: { operation: 'mutation' },
    contextValue: { requestId: 'req-0001-abcd', viewer: { userId: 'u-7', role: 'RELATIONSHIP_MANAGER', tenantId: 'demo' } },
    response: {
      body: { kind: 'single', singleResult: { errors: errorCodes.length ? errorCodes.map((code) => ({ message: 'x', extensions: code ? { code } : {} })) : undefined } },
    },
  } as unknown as GraphQLRequestContext<GraphQLContext>;
  const listener = (await plugin.requestDidStart!(rc as any)) as GraphQLRequestListener<GraphQLContext>;
  await listener.willSendResponse!(rc as any);
}

describe('operationObservabilityPlugin', () => {
  it('logs a success once at debug with request id, operation, type, duration, role and tenant, never variables', async () => {
    const { entries, log } = capture();
    await run(operationObservabilityPlugin({ log, metrics: new AppMetrics() }), []);
    expect(entries).toHaveLength(1);
    expect(entries[0].level).toBe('debug');
    expect(entries[0].fields).toMatchObject({ requestId: 'req-0001-abcd', operation: 'Decide', type: 'mutation', role: 'RELATIONSHIP_MANAGER', tenant: 'demo' });
    expect(entries[0].fields.durationMs).toBeGreaterThanOrEqual(0);
    const text = JSON.stringify(entries);
    expect(text).not.toContain('Asha');
    expect(text).not.toContain('123456');
    expect(text).not.toContain('u-7');
  });

  it('logs expected errors at warn and an internal error (or a code-less one) at error, with the codes', async () => {
    const { entries, log } = capture();
    const plugin = operationObservabilityPlugin({ log, metrics: new AppMetrics() });
    await run(plugin, ['BAD_USER_INPUT']);
    await run(plugin, ['BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR']);
    await run(plugin, [undefined]);
    expect(entries.map((e) => [e.level, e.fields.errorCodes])).toEqual([
      ['warn', ['BAD_USER_INPUT']],
      ['error', ['BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR']],
      ['error', ['INTERNAL_SERVER_ERROR']],
    ]);
  });

  it('keeps operation names to a bounded set in metrics', async () => {
    const metrics = new AppMetrics();
    for (let i = 0; i < 200; i++) expect(metrics.operationLabel(`Op${i}`)).toBe(`Op${i}`);
    expect(metrics.operationLabel('Op0')).toBe('Op0');
    expect(metrics.operationLabel('OneTooMany')).toBe('other');
    expect(metrics.operationLabel(null)).toBe('anonymous');
  });
});
