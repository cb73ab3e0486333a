import type { TextKind } from "@postwarden/engine";
import { useMemo, useState } from "react";
import { usePageTitle } from "../app/usePageTitle.ts";
import { FindingList } from "../check/FindingList.tsx";
import { HighlightedCopy } from "../check/HighlightedCopy.tsx";
import { KindRadios } from "../check/KindRadios.tsx";
import { findingsAnnouncement, findingsCount } from "../check/summary.ts";
import { useEngine } from "../check/useEngine.ts";
import { useScreening } from "../check/useScreening.ts";
import { useSettledValue } from "../check/useSettledValue.ts";

const TEXT_ID = "post-text";
/** How long typing must pause before the live region speaks. */
const ANNOUNCE_AFTER_MS = 1000;

export function CheckPage() {
  usePageTitle("Check a post");
  const [text, setText] = useState("");
  const [kind, setKind] = useState<TextKind>("post");
  const engineState = useEngine();
  const engine = engineState.status === "ready" ? engineState.engine : undefined;
  const screened = useScreening(engine, text, kind);
  const clauseTitles = useMemo(
    () => new Map((engine?.policy.clauses ?? []).map((clause) => [clause.id, clause.title])),
    [engine],
  );

  const hasText = text.trim() !== "";
  const current =
    screened && hasText && screened.text.trim() !== "" && !screened.failed ? screened : undefined;
  const announcement = useSettledValue(
    current ? findingsAnnouncement(current.findings) : "",
    ANNOUNCE_AFTER_MS,
  );

  return (
    <>
      <h1 className="govuk-heading-l">Check a post</h1>
      <p className="govuk-body pw-measure">
        Postwarden checks your text against the council&rsquo;s Use of Social Media Policy as you type. The
        checking happens in your browser: the text is not sent anywhere or saved.
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <KindRadios value={kind} onChange={setKind} />
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor={TEXT_ID}>
              Post text
            </label>
            <div id={`${TEXT_ID}-hint`} className="govuk-hint">
              Type or paste the text. Findings appear as you type.
            </div>
            <textarea
              className="govuk-textarea"
              id={TEXT_ID}
              name="text"
              rows={8}
              spellCheck
              value={text}
              onChange={(event) => setText(event.target.value)}
              aria-describedby={`${TEXT_ID}-hint`}
            />
          </div>
          {current && current.findings.some((f) => f.span) ? (
            <>
              <h2 className="govuk-heading-s" id="highlighted-heading">
                Your text with findings marked
              </h2>
              <HighlightedCopy text={current.text} findings={current.findings} />
            </>
          ) : null}
        </div>
        <div className="govuk-grid-column-one-half">
          <section
            className="pw-findings"
            aria-labelledby="findings-heading"
            data-screened-length={current ? current.text.length : 0}
            data-screened-kind={current?.kind}
          >
            <h2 className="govuk-heading-m" id="findings-heading">
              Policy findings
            </h2>
            <p className="govuk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
              {announcement}
            </p>
            <FindingsBody
              engineStatus={engineState.status}
              hasText={hasText}
              failed={Boolean(screened?.failed && hasText)}
              current={current}
              clauseTitles={clauseTitles}
            />
          </section>
        </div>
      </div>
    </>
  );
}

interface FindingsBodyProps {
  engineStatus: "loading" | "ready" | "failed";
  hasText: boolean;
  failed: boolean;
  current: ReturnType<typeof useScreening>;
  clauseTitles: ReadonlyMap<string, string>;
}

function FindingsBody({ engineStatus, hasText, failed, current, clauseTitles }: FindingsBodyProps) {
  if (engineStatus === "failed" || failed) {
    return (
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          The policy checker could not run. Reload the page to try again.
        </strong>
      </div>
    );
  }
  if (!hasText) {
    return (
      <p className="govuk-body pw-empty-state">
        Nothing to check yet. Type or paste your text and the findings will show here.
      </p>
    );
  }
  if (engineStatus === "loading") {
    return <p className="govuk-body">Loading the policy checker&hellip;</p>;
  }
  if (!current) return <p className="govuk-body">Checking&hellip;</p>;
  return (
    <>
      <p className="govuk-body govuk-!-font-weight-bold pw-findings-count">
        {findingsCount(current.findings)}
      </p>
      {current.findings.length === 0 ? (
        <p className="govuk-body">Postwarden found nothing in this text that goes against the policy.</p>
      ) : (
        <FindingList text={current.text} findings={current.findings} clauseTitles={clauseTitles} />
      )}
    </>
  );
}
