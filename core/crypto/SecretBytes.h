#pragma once

#include <QByteArray>
#include <cstddef>

namespace sohoa::crypto {

// Key material in guarded memory (sodium_malloc: guard pages, locked against
// swapping where the OS allows) that is zeroised when it goes away.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    static SecretBytes random(std::size_t size);
    static SecretBytes copyOf(const unsigned char* data, std::size_t size);
    SecretBytes clone() const;

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Lowercase hex in guarded memory; for the SQLCipher raw-key literal.
    SecretBytes toHex() const;
    bool equals(const SecretBytes& other) const;

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Zeroise a QByteArray that held a password or key (QByteArray cannot be
// guarded, so callers wipe it as soon as it is used).
void wipe(QByteArray& bytes);

} // namespace sohoa::crypto
