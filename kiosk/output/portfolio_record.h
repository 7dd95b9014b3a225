// Token mode, for schools with a portfolio system: the link carries only an unguessable random
// token, and the kiosk keeps the visitor's result under it as a JSON record for export
// (documented in docs/portfolio-link.md). Still nothing personal: the record holds the same
// anonymous result as the fragment would.
#pragma once

#include <string>
#include <vector>

#include "core/content.h"
#include "core/session.h"
#include "output/portfolio_link.h"

namespace kiosk {

// 128 random bits from the operating system, as 26 Crockford base-32 characters.
std::string new_token();

// The short code for a token: its first 10 characters, grouped for reading ("ABCD-EFGH-JK").
std::string token_short_code(const std::string& token);

// The JSON record kept under `token` (one object, on one line).
std::string portfolio_record_json(const Content& content, const Session& session, const PortfolioResult& result,
                                  const std::string& token, double now);

// A JSON array of records (each a JSON object as made above), for the export file.
std::string portfolio_export_json(const std::vector<std::string>& records);

}  // namespace kiosk
