import { currentCsrfToken, rememberCsrfToken } from "./csrf.ts";
import { ApiError, errorFromResponse } from "./errors.ts";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  roles: string[];
}

export interface Session {
  user: SessionUser | null;
  csrfToken: string;
}

async function send(method: Method, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET") {
    const token = currentCsrfToken();
    if (token) headers["x-csrf-token"] = token;
  }
  return fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "same-origin",
  });
}

/** Calls the API; an unsafe request that fails its CSRF check fetches a fresh token and tries once more. */
export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let response = await send(method, path, body);
  if (method !== "GET" && response.status === 403) {
    const error = await errorFromResponse(response.clone());
    if (error.code === "csrf_invalid") {
      await fetchSession();
      response = await send(method, path, body);
    }
  }
  if (!response.ok) throw await errorFromResponse(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export async function fetchSession(): Promise<Session> {
  const session = await apiRequest<Session>("GET", "/api/auth/session");
  rememberCsrfToken(session.csrfToken);
  return session;
}

/** A right password either signs in or, for someone with two-factor sign-in, asks for a code next. */
export type SignInOutcome = { kind: "signed-in"; user: SessionUser } | { kind: "two-factor-required" };

export async function signIn(email: string, password: string): Promise<SignInOutcome> {
  const answer = await apiRequest<{ user: SessionUser } | { twoFactorRequired: true }>(
    "POST",
    "/api/auth/sign-in",
    { email, password },
  );
  return "user" in answer ? { kind: "signed-in", user: answer.user } : { kind: "two-factor-required" };
}

export async function signOut(): Promise<void> {
  await apiRequest<void>("POST", "/api/auth/sign-out");
}

export { ApiError };
