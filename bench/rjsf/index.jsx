// The RJSF side of the form-rendering benchmark (bench/rjsf/run.mjs): one page, one form.
// window.benchRender(schema, formData, uiSchema) mounts <Form> in a fresh React root and resolves
// with the time from the render call to React's commit (a layout effect of a component wrapping
// the form: parents' layout effects run after every child's DOM is in place), the time to after
// the first frame that lays it out (two requestAnimationFrame), and the number of controls.
import Form from "@rjsf/core";
import { customizeValidator } from "@rjsf/validator-ajv8";
import Ajv2020 from "ajv/dist/2020.js";
import React, { useLayoutEffect } from "react";
import { createRoot } from "react-dom/client";

import { isEnterpriseNumber, isIban, isNiss, isPostalCode } from "../peers/formats.js";

// RJSF's default validator is draft-07 ajv, which cannot load a 2020-12 schema. The Belgian
// formats are those the schema-engine benchmark gives ajv, so that RJSF knows every format used.
function makeValidator() {
  return customizeValidator({
    AjvClass: Ajv2020,
    customFormats: {
      "be-niss": isNiss,
      "be-enterprise-number": isEnterpriseNumber,
      "be-postal-code": isPostalCode,
      iban: isIban,
    },
  });
}

function Committed({ onCommit, children }) {
  useLayoutEffect(() => onCommit(), []);
  return children;
}

window.benchRender = (schema, formData, uiSchema) =>
  new Promise((resolve) => {
    const validator = makeValidator();
    const root = createRoot(document.getElementById("root"));
    const start = performance.now();
    let commitMs = 0;
    const onCommit = () => {
      commitMs = performance.now() - start;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          resolve({
            commitMs,
            layoutMs: performance.now() - start,
            controls: document.querySelectorAll("input,select,textarea").length,
          });
        }),
      );
    };
    root.render(
      <Committed onCommit={onCommit}>
        <Form schema={schema} uiSchema={uiSchema || {}} formData={formData} validator={validator} />
      </Committed>,
    );
  });

window.benchVersions = { react: React.version };
