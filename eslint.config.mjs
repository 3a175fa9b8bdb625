// ESLint: Next's core-web-vitals and TypeScript rules, plus the one-way layering of the code.
//
//   app → components → lib/view → lib/chart → lib/export → lib/format → lib/i18n → lib/metrics → lib/data
//   (page models)      (geometry)  (file writers) (text)     (words)     (figures)     (read, validate)
//
// Each folder lists what it must not import. Type-only imports are held to the same rule: a type
// that two layers share belongs to the lower one.
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** Forbidden import targets, as @/ aliases (relative imports may not leave their folder, see below). */
const TOP = ["@/lib/site", "@/components", "@/app"];
const ABOVE = {
  data: ["@/lib/metrics", "@/lib/i18n", "@/lib/format", "@/lib/export", "@/lib/chart", "@/lib/view", ...TOP],
  metrics: ["@/lib/i18n", "@/lib/format", "@/lib/export", "@/lib/chart", "@/lib/view", ...TOP],
  i18n: ["@/lib/format", "@/lib/export", "@/lib/chart", "@/lib/view", ...TOP],
  format: ["@/lib/export", "@/lib/chart", "@/lib/view", ...TOP],
  export: ["@/lib/chart", "@/lib/view", "@/lib/data/load", ...TOP],
  chart: ["@/lib/view", "@/lib/data/load", ...TOP],
  view: ["@/lib/data/load", ...TOP],
  // Components render page models; only a route (app/) loads the data.
  components: ["@/lib/site", "@/lib/data/load", "@/lib/data/validate", "@/app"],
};

// Unit tests sit beside the code they test and may reach across layers (a validator test reads the
// messages it produces), so the layer rule is for the code itself.
const TESTS = ["**/*.test.ts"];

const layer = (files, targets, why) => ({ files: [files], ignores: TESTS, rules: restrict(targets, why) });

const restrict = (targets, why) => ({
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        { group: targets.flatMap((t) => [t, `${t}/**`]), message: why },
        // Cross-folder imports go through @/ so that the layer rule above sees them.
        { group: ["../*", "../**"], message: "Import from another folder with @/…, not ../" },
      ],
    },
  ],
});

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      "out/**",
      ".ci-out/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "lib/data/fixtures/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Scripts and tests are Node programs; their require() of CommonJS helpers is intended.
      "@typescript-eslint/no-require-imports": "off",
      // No module may reach itself through its imports: a circle hides which one is the lower layer.
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    // A function a reader can hold in mind (the test suites' describe blocks are exempt).
    files: ["lib/**", "app/**", "scripts/**", "bench/**"],
    ignores: TESTS,
    rules: { "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Components are mostly markup, which reads top to bottom; the bar is higher but still there.
    files: ["components/**"],
    rules: { "max-lines-per-function": ["error", { max: 120, skipBlankLines: true, skipComments: true }] },
  },
  layer("lib/data/**", ABOVE.data, "lib/data is the bottom layer: it reads and validates, nothing above it."),
  layer("lib/metrics/**", ABOVE.metrics, "lib/metrics is pure calculation on lib/data types only."),
  layer("lib/i18n/**", ABOVE.i18n, "lib/i18n holds text; it may name lib/data and lib/metrics types, nothing above."),
  layer("lib/format/**", ABOVE.format, "lib/format turns values into text; it does not shape pages."),
  layer(
    "lib/export/**",
    ABOVE.export,
    "lib/export writes files (CSV, XLSX, PowerPoint, PDF, Word) from what it is given; it builds no page.",
  ),
  layer("lib/chart/**", ABOVE.chart, "lib/chart is geometry (scales, paths, labels, projection); it builds no page."),
  layer("lib/view/**", ABOVE.view, "lib/view is pure: it takes a loaded dataset, never loads one, and never imports components."),
  layer("components/**", ABOVE.components, "Components render the models of lib/view; only routes in app/ load data."),
  {
    // Components may name the types of the layers below (a Status, an Observation) but call nothing there.
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/metrics", "@/lib/metrics/**", "@/lib/data", "@/lib/data/**"],
              allowTypeImports: true,
              message: "Components get figures from lib/view page models; import only types from lib/metrics and lib/data.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
