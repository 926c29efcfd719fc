import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { compression } from 'vite-plugin-compression2';

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt', // never reload under a draft (FOOTGUNS: PWA)
      injectRegister: false,
      manifest: {
        name: 'まちプラン Machiplan',
        short_name: 'まちプラン',
        description: 'まちの総合計画を、いつでも、やさしいことばで。',
        lang: 'ja',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0017c1',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
        screenshots: [
          { src: '/screenshots/home.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: '3つのまちの計画を選ぶ' },
          { src: '/screenshots/measure.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: '施策と指標を読む' },
        ],
        shortcuts: [
          { name: 'さがす', short_name: 'さがす', url: '/search', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
          { name: '気になる施策', short_name: '気になる', url: '/shelf', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
        ],
      },
      injectManifest: {
        // The plans and the Japanese text and search index are precached for offline use; other
        // languages' bundles are cached when first used (see src/sw), never all at once.
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}', 'icons/*.png', 'data/index.json', 'data/plans/*.json', 'data/lang/ja/text.*.json', 'data/lang/ja/search.*.json'],
        // The staff console (src/app/staff) is fetched only when /staff is opened: residents never download it.
        globIgnores: ['**/node_modules/**/*', 'assets/StaffConsole-*'],
      },
      devOptions: { enabled: false },
    }),
    // Brotli and gzip copies next to every text file, served by the server as they are: a phone on
    // a slow link downloads a quarter of the bytes, and nothing is compressed per request.
    compression({ include: /\.(html|css|js|json|svg|webmanifest|csv)$/, algorithms: ['brotliCompress', 'gzip'], logLevel: 'silent' }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      output: {
        // Keep what every page needs in one chunk: with the staff console importing shared modules,
        // the default splitting cut the first load into many small files that compress worse.
        codeSplitting: {
          groups: [
            { name: 'core', test: /node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next|dexie|dexie-react-hooks)[\\/]/, priority: 2 },
            // The app's own modules every first load needs, in one file rather than a dozen tiny ones —
            // but not the entry: it awaits chunks that import this one (a top-level-await deadlock).
            { name: 'shell', test: (id) => /[\\/]src[\\/]/.test(id) && !/[\\/]src[\\/]main\.tsx$/.test(id), tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
