/** The cue words of the secrets scan, shared by the scan and the gate that spares it most texts. */
/** Words that say the next value is a password. */
export const PASSWORD_CUES = new Set([
  "password",
  "passwords",
  "pw",
  "pwd",
  "passwd",
  "passcode",
  "passphrase",
  "pin",
]);
/** Words that say the next value is a key or token; an assignment name counts by how it ends. */
export const KEY_CUES = new Set([
  "key",
  "token",
  "secret",
  "apikey",
  "api_key",
  "api-key",
  "access_key",
  "secret_key",
  "client_secret",
  "bearer",
]);
