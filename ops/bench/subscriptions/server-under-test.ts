// What the orchestrator needs of a server it measures: where it is, how to subscribe to it, and
// how to make it publish one event (which raises the dashboard's totals.views by one).
import type { HeapProbe } from './heap-probe.js';

export interface ServerUnderTest {
  name: string;
  pid: number;
  /** Full collections and JS heap readings over the inspector. */
  heap: HeapProbe;
  healthUrl: string;
  wsUrl: string;
  /** connection_init payload of every subscriber. */
  connectionParams: Record<string, unknown>;
  /** Sends one event (numbered from 1; calibration events, sent before anyone subscribes, from -1 down); resolves when the server has answered (throws on a refusal). */
  publish(eventNumber: number): Promise<void>;
  stop(): Promise<void>;
}
