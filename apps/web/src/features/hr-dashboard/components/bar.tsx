/** A share from 0 to 1 as a bar, perhaps with a target's mark: a picture only, since the numbers are written beside it. */
export function Bar({ value, target }: { value: number; target?: number }) {
  const at = (share: number) => `${Math.min(100, Math.max(0, share * 100))}%`;
  return (
    <span className="hr-bar" aria-hidden="true">
      <span className={target !== undefined && value >= target ? 'hr-bar__fill hr-bar__fill--met' : 'hr-bar__fill'} style={{ width: at(value) }} />
      {target !== undefined && <span className="hr-bar__target" style={{ left: at(target) }} />}
    </span>
  );
}
