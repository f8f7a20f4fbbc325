/* Runs static/js/engine.js under node: reads {"contract": …, "cases": [answers…]} as JSON on
   standard input and prints the results as a JSON array (tests/unit/test_engine.py compares
   them with pwa/quiz/engine.py and with the expectations in tests/quiz_vectors.json). */
"use strict";
const path = require("path");
// The engine file: static/js/engine.js, or the file given (the served, minified copy).
const { evaluate } = require(process.argv[2] ? path.resolve(process.argv[2]) : "../../static/js/engine.js");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const { contract, cases } = JSON.parse(input);
  process.stdout.write(JSON.stringify(cases.map((answers) => evaluate(contract, answers))));
});
