/// <reference types="vite/client" />

/** True only in the E2E build (npm run build:e2e), which also runs on the local test server. */
declare const __KL_E2E__: boolean;
