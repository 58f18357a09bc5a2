#include "backstride/uuid.hpp"

#include <bit>

#include <fmt/format.h>

namespace backstride {
namespace {

// backstride's UUID namespace (a fixed random UUID, chosen once).
constexpr std::array<std::uint8_t, 16> k_namespace = {
    0x6f, 0x1c, 0x2b, 0x9e, 0x4d, 0x53, 0x4a, 0x8b, 0x9c, 0x07, 0x3e, 0x51, 0xd2, 0x7a, 0x60, 0x14};

void process_block(std::array<std::uint32_t, 5>& h, const std::uint8_t* block) {
  std::array<std::uint32_t, 80> w{};
  for (std::size_t i = 0; i < 16; ++i) {
    w[i] = static_cast<std::uint32_t>(block[4 * i] << 24 | block[4 * i + 1] << 16 |
                                      block[4 * i + 2] << 8 | block[4 * i + 3]);
  }
  for (std::size_t i = 16; i < 80; ++i) {
    w[i] = std::rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
  }
  auto [a, b, c, d, e] = h;
  for (std::size_t i = 0; i < 80; ++i) {
    std::uint32_t f = 0;
    std::uint32_t k = 0;
    if (i < 20) {
      f = (b & c) | (~b & d);
      k = 0x5A827999;
    } else if (i < 40) {
      f = b ^ c ^ d;
      k = 0x6ED9EBA1;
    } else if (i < 60) {
      f = (b & c) | (b & d) | (c & d);
      k = 0x8F1BBCDC;
    } else {
      f = b ^ c ^ d;
      k = 0xCA62C1D6;
    }
    std::uint32_t temp = std::rotl(a, 5) + f + e + k + w[i];
    e = d;
    d = c;
    c = std::rotl(b, 30);
    b = a;
    a = temp;
  }
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
  h[4] += e;
}

}  // namespace

std::array<std::uint8_t, 20> sha1(std::string_view data) {
  std::array<std::uint32_t, 5> h = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  std::string message(data);
  std::uint64_t bit_length = std::uint64_t{data.size()} * 8;
  message.push_back(static_cast<char>(0x80));
  while (message.size() % 64 != 56) {
    message.push_back('\0');
  }
  for (int shift = 56; shift >= 0; shift -= 8) {
    message.push_back(static_cast<char>((bit_length >> shift) & 0xFF));
  }
  for (std::size_t offset = 0; offset < message.size(); offset += 64) {
    process_block(h, reinterpret_cast<const std::uint8_t*>(message.data() + offset));
  }
  std::array<std::uint8_t, 20> digest{};
  for (std::size_t i = 0; i < 5; ++i) {
    for (std::size_t j = 0; j < 4; ++j) {
      digest[4 * i + j] = static_cast<std::uint8_t>(h[i] >> (24 - 8 * j));
    }
  }
  return digest;
}

std::string uuid_v5(std::string_view name) {
  std::string input(k_namespace.begin(), k_namespace.end());
  input.append(name);
  auto hash = sha1(input);
  hash[6] = static_cast<std::uint8_t>((hash[6] & 0x0F) | 0x50);  // version 5
  hash[8] = static_cast<std::uint8_t>((hash[8] & 0x3F) | 0x80);  // RFC 4122 variant
  std::string hex;
  for (std::size_t i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) {
      hex.push_back('-');
    }
    hex += fmt::format("{:02x}", hash[i]);
  }
  return hex;
}

}  // namespace backstride
