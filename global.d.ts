// Stylesheets are bundled by Next; this lets tsc type-check before the first build creates next-env.d.ts.
declare module "*.css";
