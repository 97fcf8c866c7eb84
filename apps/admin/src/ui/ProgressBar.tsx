/**
 * A labelled progress bar. `value` is 0..1; `null` shows an indeterminate bar.
 * `detail` is read out as the bar's value text; `failed` colours what was done as an error.
 */
export function ProgressBar({
  label,
  value,
  detail,
  failed = false,
}: {
  label: string;
  value: number | null;
  detail: string;
  failed?: boolean;
}) {
  const percent = value === null ? undefined : Math.round(Math.min(1, Math.max(0, value)) * 100);
  const track = [
    'progress-track',
    percent === undefined ? 'indeterminate' : '',
    failed ? 'progress-failed' : '',
  ].filter(Boolean);
  return (
    <div className="progress">
      <div className="progress-head">
        <span className="progress-label">{label}</span>
        <span className="progress-detail">{detail}</span>
      </div>
      <div
        className={track.join(' ')}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={detail}
      >
        <div className="progress-fill" style={{ width: `${percent ?? 30}%` }} />
      </div>
    </div>
  );
}
