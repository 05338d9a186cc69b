// The npm libraries of the article builder on /bijdragen/ (markdown-it: its preview), bundled by scripts/bundle.sh
// (esbuild) into one file the site serves itself. The builder reads them from window.BouwerLibs.
import Ajv2020 from "ajv/dist/2020.js";
import edtf from "edtf";
import * as YAML from "yaml";
import { feature } from "topojson-client";
import MarkdownIt from "markdown-it";

globalThis.BouwerLibs = { Ajv2020, edtf, YAML, feature, MarkdownIt };
