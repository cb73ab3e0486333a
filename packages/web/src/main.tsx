import "govuk-frontend/dist/govuk/govuk-frontend.min.css";
import "./styles/app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";

// GOV.UK Frontend styles some components differently once scripts are known to run.
document.body.classList.add("js-enabled", "govuk-frontend-supported");

const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
