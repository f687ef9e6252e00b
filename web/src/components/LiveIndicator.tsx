import { useLiveStatus, type LiveState } from '../live';

const LABELS: Record<LiveState, string> = {
  idle: 'Connecting…',
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  refused: 'Not connected',
};

interface Props {
  /** False while the connection is up but its first message has not arrived yet. */
  received?: boolean;
  testId?: string;
}

/** A small dot and word for the WebSocket: live, connecting, reconnecting after a drop. */
export function LiveIndicator({ received = true, testId = 'live-indicator' }: Props) {
  const { state } = useLiveStatus();
  const shown: LiveState = state === 'live' && !received ? 'connecting' : state === 'idle' ? 'connecting' : state;
  return (
    <span className={`live live--${shown}`} role="status" aria-live="polite" data-testid={testId} data-state={shown}>
      <span className="live__dot" aria-hidden="true" />
      {LABELS[shown]}
    </span>
  );
}
