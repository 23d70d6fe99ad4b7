// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A separate build folder lets two builds (say, a test run beside a dev server) coexist.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

module.exports = nextConfig;
