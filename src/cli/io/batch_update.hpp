#pragma once

#include <map>
#include <string>

#include "io/batch.hpp"

namespace backstride::cli {

// Everything besides a profile and its history that shapes a batch's outputs (today,
// the program and its stages, formats, paper, audience, clinic, time zones, version), as
// one text: part of each input's hash, so --update redoes every output when it changes.
std::string batch_settings(const BatchRequest& request);

// Each input's hash in the summary.json at `path` (input path -> input_hash); empty when
// there is no summary, or one of an older version without hashes.
// Throws Error(data_error) when the summary is not a batch summary.
std::map<std::string, std::string> previous_hashes(const std::string& path, Io& io);

}  // namespace backstride::cli
