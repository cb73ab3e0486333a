/** Where to go after signing in: only a path on this site, never another origin. */
export function safeReturnPath(candidate: string | null | undefined): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\"))
    return "/";
  if (candidate.startsWith("/sign-in")) return "/";
  return candidate;
}

export function signInPathFor(returnTo: string): string {
  return returnTo === "/" ? "/sign-in" : `/sign-in?returnTo=${encodeURIComponent(returnTo)}`;
}

/** The second step of signing in, for someone with two-factor sign-in: a code from their app. */
export function secondStepPathFor(returnTo: string): string {
  const back = safeReturnPath(returnTo);
  return back === "/" ? "/sign-in/two-factor" : `/sign-in/two-factor?returnTo=${encodeURIComponent(back)}`;
}
