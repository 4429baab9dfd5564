#pragma once

// A DmfA-like declaration (employer -> workers -> occupations -> remunerations) and its schema,
// generated, for the engine's tests and micro-benchmark. Values are valid except for about
// invalidRatio of the leaves, corrupted on purpose.

#include "core/json/parser.h"
#include "core/json/value.h"

#include <QRandomGenerator>

#include <cstdio>
#include <string>

namespace guichet::testing {

inline json::Value dmfaSchema()
{
    static const char *text = R"json({
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "required": ["employer", "quarter", "workers"],
  "additionalProperties": false,
  "properties": {
    "employer": {
      "type": "object",
      "required": ["enterpriseNumber", "name"],
      "additionalProperties": false,
      "properties": {
        "enterpriseNumber": {"type": "string", "format": "be-enterprise-number"},
        "name": {"type": "string", "minLength": 1, "maxLength": 100},
        "nssoNumber": {"type": "string", "pattern": "^[0-9]{9}$"}
      }
    },
    "quarter": {"type": "string", "pattern": "^[0-9]{4}-Q[1-4]$"},
    "workers": {"type": "array", "items": {"$ref": "#/$defs/worker"}}
  },
  "$defs": {
    "worker": {
      "type": "object",
      "required": ["niss", "lastName", "firstName", "birthDate", "occupations"],
      "additionalProperties": false,
      "properties": {
        "niss": {"type": "string", "format": "be-niss"},
        "lastName": {"type": "string", "minLength": 1, "maxLength": 48},
        "firstName": {"type": "string", "minLength": 1, "maxLength": 48},
        "birthDate": {"type": "string", "format": "date"},
        "gender": {"enum": ["M", "F", "X"]},
        "nationality": {"type": "string", "pattern": "^[A-Z]{2}$"},
        "address": {
          "type": "object",
          "required": ["street", "postalCode", "city"],
          "additionalProperties": false,
          "properties": {
            "street": {"type": "string", "minLength": 1, "maxLength": 80},
            "number": {"type": "string", "maxLength": 10},
            "postalCode": {"type": "string", "format": "be-postal-code"},
            "city": {"type": "string", "minLength": 1}
          }
        },
        "email": {"type": "string", "format": "email", "maxLength": 120},
        "function": {"type": "string", "minLength": 1, "maxLength": 80},
        "category": {"enum": ["employee", "worker", "student", "flexi"]},
        "bankAccount": {
          "type": "object",
          "required": ["iban"],
          "additionalProperties": false,
          "properties": {
            "iban": {"type": "string", "format": "iban"},
            "bic": {"type": "string", "pattern": "^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$"}
          }
        },
        "occupations": {
          "type": "array", "minItems": 1, "items": {"$ref": "#/$defs/occupation"}
        }
      },
      "if": {"properties": {"nationality": {"const": "BE"}}, "required": ["nationality"]},
      "then": {"required": ["address"]}
    },
    "occupation": {
      "type": "object",
      "required": ["jointCommittee", "workerCode", "startDate", "remunerations"],
      "additionalProperties": false,
      "properties": {
        "jointCommittee": {"type": "string", "pattern": "^[0-9]{3}(\\.[0-9]{2})?$"},
        "workerCode": {"type": "integer", "enum": [15, 27, 35, 439, 484, 495, 496]},
        "startDate": {"type": "string", "format": "date"},
        "endDate": {"type": "string", "format": "date"},
        "workingTime": {"type": "number", "minimum": 0, "maximum": 1},
        "contractType": {"enum": ["fulltime", "parttime"]},
        "remunerations": {
          "type": "array", "uniqueItems": true, "items": {"$ref": "#/$defs/remuneration"}
        }
      }
    },
    "remuneration": {
      "type": "object",
      "required": ["code", "amount"],
      "additionalProperties": false,
      "properties": {
        "code": {"type": "integer", "minimum": 1, "maximum": 999},
        "amount": {"type": "number", "minimum": 0, "multipleOf": 0.01},
        "frequency": {"enum": ["monthly", "quarterly", "yearly"]}
      }
    }
  }
})json";
    return json::parse(text).value();
}

// An 11-digit national number born in the 20th century with valid check digits.
inline std::string dmfaNiss(QRandomGenerator &rng)
{
    const int yy = 40 + int(rng.bounded(59));
    const int mm = 1 + int(rng.bounded(12));
    const int dd = 1 + int(rng.bounded(28));
    const int counter = 1 + int(rng.bounded(997));
    const long long n = ((yy * 100LL + mm) * 100 + dd) * 1000 + counter;
    const long long check = 97 - n % 97;
    std::string base = std::to_string(n);
    base.insert(0, 9 - base.size(), '0');
    return base + (check < 10 ? "0" : "") + std::to_string(check);
}

inline json::Value dmfaDocument(int workerCount, double invalidRatio, quint32 seed)
{
    QRandomGenerator rng(seed);
    auto corrupt = [&] { return rng.generateDouble() < invalidRatio; };
    static const char *const lastNames[] = {"Peeters", "Janssens", "Maes",   "Jacobs",
                                            "Mertens", "Willems",  "Claes",  "Goossens",
                                            "Dubois",  "Lambert",  "Dupont", "Martin"};
    static const char *const firstNames[] = {"Marie", "Luc",    "Anne", "Jan",
                                             "Sofie", "Pierre", "Emma", "Noah"};
    static const char *const cities[] = {"Bruxelles", "Antwerpen", "Gent", "Liège", "Namur"};

    json::Object employer;
    employer.insert("enterpriseNumber", json::Value("0403019261"));
    employer.insert("name", json::Value("Entreprise Exemple SA"));
    employer.insert("nssoNumber", json::Value("123456789"));

    json::Array workers;
    workers.reserve(std::size_t(workerCount));
    for (int w = 0; w < workerCount; ++w) {
        json::Object worker;
        std::string niss = dmfaNiss(rng);
        if (corrupt())
            niss[10] = niss[10] == '9' ? '0' : char(niss[10] + 1);
        worker.insert("niss", json::Value(niss));
        worker.insert("lastName", json::Value(corrupt() ? "" : lastNames[rng.bounded(12)]));
        worker.insert("firstName", json::Value(firstNames[rng.bounded(8)]));
        const std::string date =
            "19" + niss.substr(0, 2) + "-" + niss.substr(2, 2) + "-" + niss.substr(4, 2);
        worker.insert("birthDate", json::Value(corrupt() ? std::string("1985-02-30") : date));
        worker.insert("gender", json::Value(corrupt() ? "Q" : (w % 2 ? "M" : "F")));
        const bool belgian = rng.bounded(10) < 8;
        worker.insert("nationality", json::Value(belgian ? "BE" : "FR"));
        if (!belgian || !corrupt()) {
            json::Object address;
            address.insert("street", json::Value("Rue de la Loi"));
            address.insert("number", json::Value(std::to_string(1 + rng.bounded(200))));
            address.insert("postalCode",
                           json::Value(corrupt() ? std::string("0999")
                                                 : std::to_string(1000 + rng.bounded(8900))));
            address.insert("city", json::Value(cities[rng.bounded(5)]));
            worker.insert("address", json::Value(std::move(address)));
        }
        worker.insert("email", json::Value(std::string(firstNames[rng.bounded(8)]) + "." +
                                           lastNames[rng.bounded(12)] + "@example.be"));
        worker.insert("function", json::Value("Employé administratif polyvalent"));
        worker.insert("category", json::Value(corrupt() ? "manager" : "employee"));
        json::Object bank;
        bank.insert("iban", json::Value(corrupt() ? "BE68539007547035" : "BE68539007547034"));
        bank.insert("bic", json::Value("GKCCBEBB"));
        worker.insert("bankAccount", json::Value(std::move(bank)));
        json::Array occupations;
        const int occupationCount = 1 + int(rng.bounded(3));
        for (int o = 0; o < occupationCount; ++o) {
            json::Object occupation;
            occupation.insert("jointCommittee",
                              json::Value(corrupt() ? std::string("20") : std::string("200")));
            occupation.insert("workerCode", json::Value(corrupt() ? 16 : 495));
            occupation.insert("startDate", json::Value("2020-01-01"));
            if (rng.bounded(3) == 0)
                occupation.insert("endDate", json::Value("2024-12-31"));
            occupation.insert("workingTime", json::Value(json::Number(corrupt() ? "1.5" : "0.8",
                                                                      corrupt() ? 1.5 : 0.8)));
            occupation.insert("contractType", json::Value(o ? "parttime" : "fulltime"));
            json::Array remunerations;
            const int remunerationCount = 2 + int(rng.bounded(3));
            for (int r = 0; r < remunerationCount; ++r) {
                json::Object remuneration;
                remuneration.insert("code", json::Value(1 + r * 10));
                const int cents = int(rng.bounded(900000));
                const std::string amount =
                    corrupt() ? std::string("-1.00")
                              : std::to_string(cents / 100) + "." + std::to_string(10 + cents % 90);
                remuneration.insert("amount", json::Value(json::Number::fromText(amount)));
                remuneration.insert("frequency", json::Value("monthly"));
                remunerations.push_back(json::Value(std::move(remuneration)));
            }
            occupation.insert("remunerations", json::Value(std::move(remunerations)));
            occupations.push_back(json::Value(std::move(occupation)));
        }
        worker.insert("occupations", json::Value(std::move(occupations)));
        workers.push_back(json::Value(std::move(worker)));
    }
    json::Object root;
    root.insert("employer", json::Value(std::move(employer)));
    root.insert("quarter", json::Value("2024-Q4"));
    root.insert("workers", json::Value(std::move(workers)));
    return json::Value(std::move(root));
}

} // namespace guichet::testing
