import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the API runs on its own port; the built app is served by the API itself.
const apiOrigin = process.env.POSTWARDEN_API_ORIGIN ?? "http://localhost:3000";

export default defineConfig({
  plugins: [react()],
  css: {
    // GOV.UK Frontend's prebuilt CSS still carries old Internet Explorer hacks; drop them.
    lightningcss: { errorRecovery: true },
  },
  server: {
    proxy: {
      "/api": { target: apiOrigin, changeOrigin: false },
      "/health": { target: apiOrigin, changeOrigin: false },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    // The policy engine is its own chunk, loaded after the first paint; it will carry model weights.
    chunkSizeWarningLimit: 4096,
  },
});
