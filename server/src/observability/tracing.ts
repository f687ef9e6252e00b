// OpenTelemetry tracing, only when OTEL_EXPORTER_OTLP_ENDPOINT is set: spans go through a batch
// processor to an OTLP/HTTP collector (JSON over HTTP). The provider is this app's own and is
// never registered globally (tests run several apps in one process), so spans are started with
// explicit parent contexts rather than through a context manager. Auto-instrumentation of
// node:http relies on require hooks that ESM does not run without a loader flag; the GraphQL
// operation plugin makes the spans that matter instead.
import { ROOT_CONTEXT, type Context, type TextMapGetter, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

export interface Tracing {
  tracer: Tracer;
  /** Sends the spans still batched and stops the exporter. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /** The collector's base URL; traces go to <endpoint>/v1/traces, as the OTLP spec says. */
  endpoint: string | undefined;
  serviceName: string;
}

export function startTracing(opts: TracingOptions): Tracing | null {
  if (!opts.endpoint) return null;
  const exporter = new OTLPTraceExporter({ url: `${opts.endpoint.replace(/\/+$/, '')}/v1/traces` });
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': opts.serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  return { tracer: provider.getTracer('creditgraph'), shutdown: () => provider.shutdown() };
}

const propagator = new W3CTraceContextPropagator();

/** Headers as Apollo hands them over (lower-case keys) or as node:http does. */
type Headers = { get(key: string): string | undefined; keys(): Iterable<string> };

const headerGetter: TextMapGetter<Headers> = {
  get: (carrier, key) => carrier.get(key.toLowerCase()),
  keys: (carrier) => [...carrier.keys()],
};

/** The caller's trace (W3C traceparent/tracestate), or the root context when there is none. */
export function incomingTraceContext(headers: Headers | undefined): Context {
  return headers ? propagator.extract(ROOT_CONTEXT, headers, headerGetter) : ROOT_CONTEXT;
}
