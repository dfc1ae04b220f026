import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type LogLevel, type Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app: nothing but our own origin, no inline script, no
 * plugins, no <base>. Styles may be inline (Monaco and React Flow set style attributes); images may be
 * data:/blob: URLs (graph export). Only in builds: the dev server injects inline scripts of its own.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function csp(): Plugin {
  return {
    name: 'trustscope-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * One line after a build instead of Vite's list of every output file (1,400 lazily loaded data chunks
 * that bury warnings). `vite build --logLevel info` brings Vite's list back instead.
 */
function buildSummary(): Plugin {
  let started = 0;
  let logLevel: LogLevel = 'info';
  let root = '';
  return {
    name: 'trustscope-build-summary',
    apply: 'build',
    configResolved(config) {
      logLevel = config.logLevel ?? 'info';
      root = config.root;
    },
    buildStart() {
      started = performance.now();
    },
    writeBundle(options, bundle) {
      if (logLevel !== 'warn') return; // 'info' has Vite's own list; 'error' and 'silent' want quiet
      const files = Object.values(bundle);
      const bytes = files.reduce(
        (sum, file) =>
          sum +
          (file.type === 'chunk'
            ? Buffer.byteLength(file.code)
            : typeof file.source === 'string'
              ? Buffer.byteLength(file.source)
              : file.source.byteLength),
        0,
      );
      const dir = options.dir ?? 'dist';
      const outDir =
        isAbsolute(dir) && relative(root, dir).startsWith('..') ? dir : relative(root, dir) || '.';
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `✓ built ${files.length} files (${(bytes / 1e6).toFixed(1)} MB) into ${outDir}/ in ${seconds}s`,
      );
    },
  };
}

export default defineConfig(({ command }) => ({
  plugins: [react(), csp(), buildSummary()],
  // Builds log warnings and errors only (buildSummary() adds one line); dev and preview keep 'info',
  // which is where they print their URL.
  logLevel: command === 'build' ? 'warn' : 'info',
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 6000,
    // The per-plugin timing report is noise in every build log (1,400 lazily loaded data chunks).
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
}));
