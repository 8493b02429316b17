// Vite's module types for the client: `?raw` text imports, `new URL(..., import.meta.url)` workers, JSON.
/// <reference types="vite/client" />
