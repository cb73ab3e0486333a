import type { TextKind } from "@postwarden/engine";

const KINDS: { value: TextKind; label: string; hint: string }[] = [
  { value: "post", label: "Council post", hint: "A post on one of the council's accounts" },
  { value: "reply", label: "Reply", hint: "A reply or message from one of the council's accounts" },
  {
    value: "personal",
    label: "Personal post",
    hint: "A post on your own account, checked against the guidance for staff",
  },
];

/** The GOV.UK radios for choosing which part of the policy the text is checked against. */
export function KindRadios({ value, onChange }: { value: TextKind; onChange: (kind: TextKind) => void }) {
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Kind of text</legend>
        <div className="govuk-radios govuk-radios--small">
          {KINDS.map((kind) => {
            const id = `kind-${kind.value}`;
            return (
              <div className="govuk-radios__item" key={kind.value}>
                <input
                  className="govuk-radios__input"
                  id={id}
                  name="kind"
                  type="radio"
                  value={kind.value}
                  checked={value === kind.value}
                  onChange={() => onChange(kind.value)}
                  aria-describedby={`${id}-hint`}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {kind.label}
                </label>
                <div id={`${id}-hint`} className="govuk-hint govuk-radios__hint">
                  {kind.hint}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
