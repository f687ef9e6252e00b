import { describeError } from '../errors';

interface Props {
  error: unknown;
  title?: string;
  testId?: string;
}

/** A real error state: the server's message, and its code when it has one. */
export function ErrorBox({ error, title = 'Something went wrong', testId }: Props) {
  const info = describeError(error);
  return (
    <div className="error-box" role="alert" data-testid={testId}>
      <strong>{title}</strong>
      <span className="error-box__message">{info.message}</span>
      {info.code && <code className="error-box__code">{info.code}</code>}
    </div>
  );
}
