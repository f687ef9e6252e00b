interface Flags {
  status: string;
  closeReason?: string | null;
  handedOver: boolean;
  vulnerability: boolean;
  dispute: boolean;
  ceaseRequested: boolean;
}

/** The signals a collector must see before calling: closed, with a person, vulnerable, disputed, cease requested. */
export function CaseBadges({ flags, compact }: { flags: Flags; compact?: boolean }) {
  const badges: { key: string; label: string; cls: string }[] = [];
  if (flags.status === 'CLOSED') badges.push({ key: 'closed', label: `Closed${flags.closeReason ? ` · ${flags.closeReason.toLowerCase().replace('_', ' ')}` : ''}`, cls: 'badge--closed' });
  if (!compact && flags.handedOver) badges.push({ key: 'handed-over', label: 'Handed over', cls: 'badge--person' });
  if (flags.vulnerability) badges.push({ key: 'vulnerability', label: 'Vulnerable', cls: 'badge--flag' });
  if (flags.dispute) badges.push({ key: 'dispute', label: 'Dispute', cls: 'badge--flag' });
  if (flags.ceaseRequested) badges.push({ key: 'cease', label: 'Cease requested', cls: 'badge--flag' });
  if (badges.length === 0) return null;
  return (
    <span className={compact ? 'tags tags--inline' : 'tags'}>
      {badges.map((b) => (
        <span key={b.key} className={`badge ${b.cls}`} data-testid={`case-badge-${b.key}`}>
          {b.label}
        </span>
      ))}
    </span>
  );
}
