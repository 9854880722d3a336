// A label and its text input, placed in the caller's own layout (the label's words and the input's
// placeholder are messages the caller says).
export interface FieldProps {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onValue(value: string): void;
  type?: 'text' | 'search';
  labelClass?: string;
  style?: string;
}

export function Field({ id, label, placeholder, value, onValue, type = 'text', labelClass, style }: FieldProps) {
  return (
    <>
      <label for={id} class={labelClass}>
        {label}
      </label>
      <input id={id} type={type} placeholder={placeholder} value={value} onInput={(e) => onValue((e.target as HTMLInputElement).value)} style={style} />
    </>
  );
}
