// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Data files are read on the server at build and request time; keep them out of client bundles.
  serverExternalPackages: [],
};

module.exports = nextConfig;
