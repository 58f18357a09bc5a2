#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "backstride/history.hpp"

namespace backstride {

// Converts one schema-valid history entry; `pointer` locates it in `source`.
// Throws Error(data_error) for a date that does not exist.
HistoryEntry history_entry_from_json(const nlohmann::json& entry, std::string_view source,
                                     const std::string& pointer);

// The JSON form of a history entry (keys in the documented order).
nlohmann::ordered_json history_entry_to_json(const HistoryEntry& entry);

}  // namespace backstride
