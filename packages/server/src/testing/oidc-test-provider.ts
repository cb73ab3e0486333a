import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export interface TestIdentity {
  sub: string;
  email: string;
  name: string;
}

export interface OidcTestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /**
   * Plays the browser at the provider: follows redirects with its own cookie jar, signs in as
   * `sub` and consents through the provider's own forms, and returns the URL the provider sent
   * the browser back to (the app's callback, with code and state).
   */
  signInAs(authorizationUrl: string, sub: string): Promise<URL>;
  close(): Promise<void>;
}

/** A real OpenID Connect provider (oidc-provider) on a local port, for end-to-end sign-in tests. */
export async function startOidcTestProvider(options: {
  redirectUri: string;
  identities: readonly TestIdentity[];
}): Promise<OidcTestProvider> {
  let handler: Parameters<typeof createServer>[1] = (_req, res) => res.end();
  const server: Server = createServer((req, res) => handler?.(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = "postwarden";
  const clientSecret = "a-client-secret-for-tests-only-0123456789";
  const byId = new Map(options.identities.map((identity) => [identity.sub, identity]));

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    findAccount: async (_ctx, id) => {
      const identity = byId.get(id);
      if (!identity) return undefined;
      return {
        accountId: id,
        claims: async () => ({ sub: id, email: identity.email, email_verified: true, name: identity.name }),
      };
    },
    pkce: { required: () => true },
    cookies: { keys: ["oidc-test-provider-cookie-key"] },
    features: { devInteractions: { enabled: true } },
  });
  handler = provider.callback();

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs: (authorizationUrl, sub) => browse(authorizationUrl, sub, options.redirectUri),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface JarCookie {
  name: string;
  value: string;
  path: string;
}

/** The provider's pages, driven with plain HTTP: GET and POST, cookies by path, redirects by hand. */
async function browse(start: string, login: string, redirectUri: string): Promise<URL> {
  const jar: JarCookie[] = [];
  const cookieHeader = (url: URL) =>
    jar
      .filter((c) => url.pathname.startsWith(c.path))
      .map((c) => `${c.name}=${c.value}`)
      .join("; ");
  const remember = (response: Response, url: URL) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const pathAttribute = attributes.find((a) => a.toLowerCase().startsWith("path="));
      const path = pathAttribute ? pathAttribute.slice(5) : url.pathname;
      const expired = attributes.some((a) => /^expires=thu, 01 jan 1970/i.test(a)) || value === "";
      const at = jar.findIndex((c) => c.name === name && c.path === path);
      if (at >= 0) jar.splice(at, 1);
      if (!expired) jar.push({ name, value, path });
    }
  };

  let url = new URL(start);
  let method: "GET" | "POST" = "GET";
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 20; hop++) {
    const response = await fetch(url, {
      method,
      redirect: "manual",
      headers: {
        cookie: cookieHeader(url),
        ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      ...(body ? { body } : {}),
    });
    remember(response, url);
    const location = response.headers.get("location");
    if (location) {
      const next = new URL(location, url);
      if (next.href.startsWith(redirectUri)) return next;
      url = next;
      method = "GET";
      body = undefined;
      continue;
    }
    const page = await response.text();
    if (response.status !== 200)
      throw new Error(`provider answered ${response.status}: ${page.slice(0, 500)}`);
    // An interaction page: answer its form (the login prompt, then the consent prompt).
    const action = /<form[^>]*action="([^"]{1,500})"/.exec(page)?.[1];
    const prompt = /name="prompt" value="([a-z]{1,20})"/.exec(page)?.[1];
    if (!action || !prompt) throw new Error(`unexpected provider page: ${page.slice(0, 500)}`);
    url = new URL(action, url);
    method = "POST";
    body = new URLSearchParams(prompt === "login" ? { prompt, login, password: "any" } : { prompt });
  }
  throw new Error("the provider never sent the browser back");
}
