// An on/off switch: a real button with role="switch", so it's keyboard-operable and announced.
export function Switch(props: { checked: boolean; label: string; onChange(next: boolean): void; id?: string }) {
  return (
    <button
      type="button"
      role="switch"
      id={props.id}
      class="switch"
      aria-checked={props.checked}
      aria-label={props.label}
      onClick={() => props.onChange(!props.checked)}
    >
      <span class="knob" aria-hidden="true" />
    </button>
  );
}
