/**
 * A labelled progress bar. `value` is 0..1; `null` shows an indeterminate bar.
 * `detail` is read out as the bar's value text.
 */
export function ProgressBar({
  label,
  value,
  detail,
}: {
  label: string;
  value: number | null;
  detail: string;
}) {
  const percent = value === null ? undefined : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className="progress">
      <div className="progress-head">
        <span className="progress-label">{label}</span>
        <span className="progress-detail">{detail}</span>
      </div>
      <div
        className={percent === undefined ? 'progress-track indeterminate' : 'progress-track'}
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
