#include "core/crypto/SecretBytes.h"

#include "core/crypto/Sodium.h"

#include <new>
#include <sodium.h>
#include <utility>

namespace sohoa::crypto {

SecretBytes::SecretBytes(std::size_t size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, size);
}

SecretBytes::~SecretBytes()
{
    if (m_data)
        sodium_free(m_data); // zeroises before freeing
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes s(size);
    if (size)
        randombytes_buf(s.m_data, size);
    return s;
}

SecretBytes SecretBytes::copyOf(const unsigned char* data, std::size_t size)
{
    SecretBytes s(size);
    if (size)
        std::copy(data, data + size, s.m_data);
    return s;
}

SecretBytes SecretBytes::clone() const
{
    return copyOf(m_data, m_size);
}

SecretBytes SecretBytes::toHex() const
{
    SecretBytes hex(m_size * 2 + 1);
    if (isEmpty() || hex.isEmpty()) // hex is empty only if the size wrapped around
        return {};
    sodium_bin2hex(reinterpret_cast<char*>(hex.m_data), hex.m_size, m_data, m_size);
    hex.m_size = m_size * 2; // drop the terminator from the visible size; memory stays guarded
    return hex;
}

bool SecretBytes::equals(const SecretBytes& other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace sohoa::crypto
