import type { Finding } from "@postwarden/engine";
import { focusAnchor, findingId, markId } from "./anchors.ts";
import { highlightSegments } from "./segments.ts";
import { SEVERITY_LABEL, mostSevere } from "./severity.ts";

/**
 * A read-only copy of the checked text with each finding's span in a <mark> that links to the
 * finding. A textarea cannot hold markup, so the marks live here, just below it.
 */
export function HighlightedCopy({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const segments = highlightSegments(text, findings);
  return (
    <div className="pw-highlighted-copy" data-testid="highlighted-copy">
      {segments.map((segment) => {
        if (segment.findings.length === 0) return <span key={segment.start}>{segment.text}</span>;
        const first = segment.findings[0]!;
        const severity = mostSevere(segment.findings.map((i) => findings[i]!.severity))!;
        return (
          <span key={segment.start}>
            {/* The first finding starting here is the link's own id; any others get an empty anchor. */}
            {segment.starts.slice(1).map((i) => (
              <span key={i} id={markId(i)} tabIndex={-1} className="pw-mark-anchor" />
            ))}
            <a
              id={segment.starts[0] === undefined ? undefined : markId(segment.starts[0])}
              href={`#${findingId(first)}`}
              className={`pw-mark-link pw-mark-link--${severity}`}
              onClick={(event) => focusAnchor(event, findingId(first))}
            >
              <mark className={`pw-mark pw-mark--${severity}`}>{segment.text}</mark>
              <span className="govuk-visually-hidden">
                {" "}
                (finding {segment.findings.map((i) => i + 1).join(" and ")}: {SEVERITY_LABEL[severity]})
              </span>
            </a>
            {segment.ends.map((i) => (
              <sup key={i} className="pw-mark-number" aria-hidden="true">
                {i + 1}
              </sup>
            ))}
          </span>
        );
      })}
    </div>
  );
}
