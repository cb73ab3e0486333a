import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

/**
 * Helmet's headers with a content security policy that fits the built web app: scripts and
 * styles from this origin only, no inline script, images and fonts from here or data: URLs
 * (the bundler inlines small ones).
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Served over plain http on localhost by default; a proxy in front adds HSTS when it terminates TLS.
    strictTransportSecurity: false,
  });
}
