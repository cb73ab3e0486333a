import type { Finding } from "@postwarden/engine";
import { focusAnchor, findingId, markId } from "./anchors.ts";
import { SEVERITY_LABEL, SEVERITY_TAG_CLASS } from "./severity.ts";

interface FindingListProps {
  text: string;
  findings: readonly Finding[];
  clauseTitles: ReadonlyMap<string, string>;
}

/** Each finding with what it says, how serious it is, the clauses behind it and what to do instead. */
export function FindingList({ text, findings, clauseTitles }: FindingListProps) {
  return (
    <ol className="govuk-list pw-findings-list">
      {findings.map((finding, index) => {
        const quoted = finding.span ? text.slice(finding.span.start, finding.span.end) : undefined;
        return (
          <li
            key={`${finding.ruleId}:${finding.span?.start ?? "all"}:${index}`}
            id={findingId(index)}
            tabIndex={-1}
            className={`pw-finding pw-finding--${finding.severity}`}
          >
            <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
              <span className="pw-finding__number">{index + 1}.</span> {finding.message}
            </h3>
            <strong className={`govuk-tag ${SEVERITY_TAG_CLASS[finding.severity]}`}>
              {SEVERITY_LABEL[finding.severity]}
            </strong>
            <dl className="govuk-summary-list govuk-summary-list--no-border pw-finding__details">
              {quoted ? (
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Text</dt>
                  <dd className="govuk-summary-list__value">
                    <a
                      className="govuk-link"
                      href={`#${markId(index)}`}
                      onClick={(event) => focusAnchor(event, markId(index))}
                    >
                      &ldquo;{quoted}&rdquo;
                      <span className="govuk-visually-hidden"> (show in your text)</span>
                    </a>
                  </dd>
                </div>
              ) : null}
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">
                  {finding.clauses.length === 1 ? "Policy clause" : "Policy clauses"}
                </dt>
                <dd className="govuk-summary-list__value">
                  <ul className="govuk-list govuk-!-margin-bottom-0">
                    {finding.clauses.map((clause) => (
                      <li key={clause}>
                        <span className="pw-clause-id">{clause}</span>
                        {clauseTitles.has(clause) ? (
                          <span className="pw-clause-title">: {clauseTitles.get(clause)}</span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
              {finding.suggestion ? (
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Suggestion</dt>
                  <dd className="govuk-summary-list__value">{finding.suggestion}</dd>
                </div>
              ) : null}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
