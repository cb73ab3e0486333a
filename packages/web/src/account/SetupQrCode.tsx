import { useEffect, useState } from "react";

/**
 * The otpauth link as a QR code for a phone's authenticator app to scan. Drawn in the browser,
 * so the key goes nowhere else; an SVG in a data URL scales crisply and the page's content
 * security policy already allows data: images. The encoder is loaded only on this page.
 */
export function SetupQrCode({ uri }: { uri: string }) {
  const [source, setSource] = useState<string | undefined>();
  useEffect(() => {
    let current = true;
    import("qrcode")
      .then(({ default: QRCode }) =>
        QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 }),
      )
      .then((svg) => {
        if (current) setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      // Without a picture the setup key below still works; nothing to tell the user.
      .catch(() => setSource(undefined));
    return () => {
      current = false;
    };
  }, [uri]);
  if (!source) return null;
  return (
    <img
      className="pw-setup-qr"
      src={source}
      width={200}
      height={200}
      alt="QR code holding your setup key, for your authenticator app to scan"
      data-testid="setup-qr-code"
    />
  );
}
